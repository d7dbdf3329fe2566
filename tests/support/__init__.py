"""Helpers the test layers share: a free loopback port, a throwaway PostgreSQL server."""
