"""The MkDocs plugin ``expectations``: registers the generated pages of a build."""
