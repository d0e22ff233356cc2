package jobs

// Run runs every job once.
func Run() {}
