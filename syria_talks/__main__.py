import sys

from syria_talks.cli import main

sys.exit(main())
