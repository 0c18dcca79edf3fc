"""The pipeline that makes the SDK's generated code: ``python -m codegen <command>``.

``spec`` fetches and validates the published document (``make spec``),
``generate`` writes ``generated/jobmojito_api/`` and ``src/jobmojito/resources/``
(``make generate``), ``check`` proves both are what ``generate`` produces
(``make check``). Everything that shapes the output is ``generator-config.yml``
plus the templates in ``templates/``.
"""
