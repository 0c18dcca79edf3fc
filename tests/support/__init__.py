"""Test helpers: a loopback fault server and fake Supabase tokens."""
