"""Webhook receivers for JobMojito, one per web framework (each tested against the sandbox)."""
