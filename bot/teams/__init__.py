"""The one room that speaks the Bot Framework: activities in, the adapter, the Bot Connector
client."""
