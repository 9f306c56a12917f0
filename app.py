"""The web app: ``python app.py [--host H] [--port P] [--auth user:password] [--debug]``.

Only wiring — everything lives in :mod:`assistant.webapp`.
"""

from assistant.webapp.launch import main

if __name__ == "__main__":
    main()
