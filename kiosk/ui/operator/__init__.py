"""The operator's side of the kiosk: the hidden way in, the PIN pad and the panel."""
