"""Commands that read a store: ``search``, ``show``, ``quotes``, ``entities``, ``stats``,
``rejections``, ``export``. They never import the extraction code."""
