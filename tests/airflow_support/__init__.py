"""Helpers of the Airflow tests and benchmark: an isolated Airflow home, a loopback feed
server and fixture registries. Import `env` before anything that imports airflow."""
