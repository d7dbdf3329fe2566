"""Helpers the test layers share: a group and its meetings on any unit of work, a free loopback
port, a throwaway PostgreSQL server."""
