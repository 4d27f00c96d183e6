"""Load stage: policy files on disk to a plain tree of text, with positions."""

from generator.load.source import Source, load_file, load_text

__all__ = ["Source", "load_file", "load_text"]
