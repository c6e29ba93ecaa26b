# CLI targets.
