// A Go program for tst_ScrapeManager and tst_ScrapeCommand to scrape: it
// serves net/http/pprof on a free loopback port, printed as "listening PORT",
// while one goroutine burns CPU (pyrographBusyLoop), one allocates
// (pyrographAllocate), eight wait on a channel (pyrographParked) and two
// contend for a mutex (pyrographContend; mutex and block profiling on).
// -mode html answers every request with an HTML page, -mode garbage with bytes
// that are not a pprof, -mode hang never answers: the targets that must fail.
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"runtime"
	"sync"
	"time"
)

var kept [][]byte

//go:noinline
func pyrographBusyLoop() {
	x := uint64(1)
	for {
		for i := 0; i < 1000000; i++ {
			x = x*6364136223846793005 + 1442695040888963407
		}
		if x == 42 {
			fmt.Println(x)
		}
	}
}

//go:noinline
func pyrographAllocate() {
	for {
		kept = append(kept, make([]byte, 64<<10))
		if len(kept) > 64 {
			kept = kept[:0]
		}
		time.Sleep(time.Millisecond)
	}
}

var contended sync.Mutex

//go:noinline
func pyrographContend() {
	for {
		contended.Lock()
		time.Sleep(time.Millisecond)
		contended.Unlock()
	}
}

//go:noinline
func pyrographParked(ch chan struct{}) {
	<-ch
}

func main() {
	mode := flag.String("mode", "pprof", "pprof, html, garbage or hang")
	basic := flag.String("basic", "", "USER:PASSWORD that every request must carry")
	bearer := flag.String("bearer", "", "a token that every request must carry")
	listen := flag.String("listen", "127.0.0.1:0", "the address to serve on")
	runFor := flag.Duration("for", 0, "exit (status 0) after this long; 0: never")
	flag.Parse()
	if *runFor > 0 {
		time.AfterFunc(*runFor, func() { os.Exit(0) })
	}
	listener, err := net.Listen("tcp", *listen)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("listening %d\n", listener.Addr().(*net.TCPAddr).Port)
	var handler http.Handler
	switch *mode {
	case "html":
		handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<!DOCTYPE html><html><body>Please log in</body></html>")
		})
	case "garbage":
		handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Write([]byte("\x0a\xff\xff\xff\xff\x0fthis is not a profile"))
		})
	case "hang":
		handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		})
	default:
		parked := make(chan struct{})
		for i := 0; i < 8; i++ {
			go pyrographParked(parked)
		}
		go pyrographBusyLoop()
		go pyrographAllocate()
		runtime.SetMutexProfileFraction(1)
		runtime.SetBlockProfileRate(1)
		go pyrographContend()
		go pyrographContend()
	}
	if handler == nil {
		handler = http.DefaultServeMux
	}
	if *basic != "" || *bearer != "" {
		inner := handler
		handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			user, password, hasBasic := r.BasicAuth()
			ok := (*basic != "" && hasBasic && user+":"+password == *basic) ||
				(*bearer != "" && r.Header.Get("Authorization") == "Bearer "+*bearer)
			if !ok {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			inner.ServeHTTP(w, r)
		})
	}
	fmt.Fprintln(os.Stderr, http.Serve(listener, handler))
	os.Exit(1)
}
