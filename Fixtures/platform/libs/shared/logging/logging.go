package logging

import "log"

// Info logs a message.
func Info(message string) { log.Println(message) }
