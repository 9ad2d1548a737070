"""演示服务中心: the demo hall, built through the real services in a written order."""
