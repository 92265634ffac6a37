"""The Qt Widgets interface: the main window, its screens, widgets and theme."""
