package redisstore

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// subscribeTimeout bounds the wait for Redis to confirm a subscription when
// ctx sets no earlier deadline.
const subscribeTimeout = 10 * time.Second

// Subscribe listens on channel — normally [Store.InvalidationChannel] — and
// calls invalidate with the payload of each message, a key id, until ctx
// ends or stop is called. It returns once Redis has confirmed the
// subscription (waiting at most 10 seconds, or until ctx's deadline if
// that is sooner), so a change published after Subscribe returns is not
// missed for want of a subscriber.
//
// invalidate is called from one goroutine, one message at a time; it
// should be quick (dropping a cache entry). While the connection to Redis
// is down, go-redis reconnects and resubscribes in the background, and
// messages published meanwhile are lost: Pub/Sub delivers only to
// connected subscribers.
//
// stop ends the subscription and waits for the goroutine, including a
// running invalidate call, to finish; it may be called more than once and
// after ctx has ended. It returns the error of closing the subscription.
func Subscribe(ctx context.Context, client redis.UniversalClient, channel string, invalidate func(id string)) (stop func() error, err error) {
	switch {
	case client == nil:
		return nil, errors.New("redisstore: Subscribe: client is nil")
	case channel == "":
		return nil, errors.New("redisstore: Subscribe: channel is empty")
	case invalidate == nil:
		return nil, errors.New("redisstore: Subscribe: invalidate is nil")
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("redisstore: subscribing to %s: %w", channel, err)
	}
	ps := client.Subscribe(ctx, channel)
	rctx, cancel := context.WithTimeout(ctx, subscribeTimeout)
	msg, err := ps.Receive(rctx)
	cancel()
	if err == nil {
		if sub, ok := msg.(*redis.Subscription); !ok || sub.Kind != "subscribe" || sub.Channel != channel {
			err = fmt.Errorf("unexpected reply %v", msg)
		}
	}
	if err != nil {
		_ = ps.Close()
		return nil, fmt.Errorf("redisstore: subscribing to %s: %w", channel, err)
	}

	msgs := ps.Channel()
	quit := make(chan struct{})
	done := make(chan struct{})
	var closeErr error
	go func() {
		defer close(done)
		defer func() {
			closeErr = ps.Close()
			// The PubSub closes msgs once its reader sees the close; drain
			// it so that go-redis's reader goroutine ends too.
			for range msgs {
			}
		}()
		for {
			select {
			case <-ctx.Done():
				return
			case <-quit:
				return
			case m, ok := <-msgs:
				if !ok {
					return
				}
				select {
				case <-ctx.Done():
					return
				case <-quit:
					return
				default:
				}
				invalidate(m.Payload)
			}
		}
	}()
	var once sync.Once
	return func() error {
		once.Do(func() { close(quit) })
		<-done
		return closeErr
	}, nil
}
