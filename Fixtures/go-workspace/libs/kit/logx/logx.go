// Package logx prints one line per event, the same way in every service.
package logx

import "log"

// Event logs what happened in which service.
func Event(service, what string) {
	log.Printf("%s: %s", service, what)
}
