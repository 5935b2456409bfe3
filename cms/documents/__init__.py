"""Document machinery: upload checks and text extraction."""
