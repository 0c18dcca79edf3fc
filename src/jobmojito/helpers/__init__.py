"""Hand-written methods mixed into the generated resources (generator-config.yml ``helpers``)."""
