"""Examples: the demo chat server (`examples.chat_app`), served by `make demo`."""
