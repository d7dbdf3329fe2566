"""What the cards show: plain values turned into Adaptive Cards and short texts."""
