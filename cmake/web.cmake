# Browser app: filled in below.
