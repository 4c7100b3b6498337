from plu_cli.main import run

run()
