"""办事预约: the appointment book, callbacks and their deadlines."""
