package redisstore

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/internal/nilcheck"
)

// subscribeTimeout bounds the wait for Redis to confirm a subscription when
// ctx sets no earlier deadline.
const subscribeTimeout = 10 * time.Second

// Invalidator is what Subscribe feeds: an *apikey.Cache.
type Invalidator interface {
	// Invalidate forgets one key id.
	Invalidate(id string)
	// Clear forgets every id: called after a reconnect, since messages
	// published while disconnected were lost.
	Clear()
}

// Subscribe listens on channel — normally [Store.InvalidationChannel] — and
// calls inv.Invalidate with the payload of each message, a key id, until
// ctx ends or stop is called. It returns once Redis has confirmed the
// subscription (waiting at most 10 seconds, or until ctx's deadline if
// that is sooner), so a change published after Subscribe returns is not
// missed for want of a subscriber.
//
// inv is called from one goroutine, one message at a time; it should be
// quick. While the connection to Redis is down, go-redis reconnects and
// resubscribes in the background; messages published meanwhile are lost
// (Pub/Sub delivers only to connected subscribers), so every
// resubscription calls inv.Clear.
//
// stop ends the subscription and waits for the goroutine, including a
// running inv call, to finish; it may be called more than once and after
// ctx has ended. It returns the error of closing the subscription.
//
// A nil ctx, client (or nil *redis.Client) or inv (or nil *apikey.Cache)
// and an empty channel are refused.
func Subscribe(ctx context.Context, client redis.UniversalClient, channel string, inv Invalidator) (stop func() error, err error) {
	switch {
	case ctx == nil:
		return nil, errors.New("redisstore: Subscribe: ctx is nil")
	case nilcheck.Nil(client):
		return nil, errors.New("redisstore: Subscribe: client is nil")
	case channel == "":
		return nil, errors.New("redisstore: Subscribe: channel is empty")
	case nilcheck.Nil(inv):
		return nil, errors.New("redisstore: Subscribe: inv is nil")
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

	msgs := ps.ChannelWithSubscriptions()
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
				switch m := m.(type) {
				case *redis.Message:
					inv.Invalidate(m.Payload)
				case *redis.Subscription:
					if m.Kind == "subscribe" { // a resubscription after a reconnect
						inv.Clear()
					}
				}
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
