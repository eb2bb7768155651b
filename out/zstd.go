package out

import (
	"sync"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go/format"
)

// pageWindow is the zstd window of the Parquet pages: as large as a page gets, so that no
// match is lost, and no larger. parquet-go's own codec keeps zstd's default of 8 MiB and a
// history of twice that per encoder, renewed whenever the collector empties its pool: 16 MiB
// allocated again and again under a heap capped at 224 MiB.
const pageWindow = 1 << 20

// zstdCodec is the Parquet zstd codec with a window sized for pages and encoders kept for
// the life of the process.
type zstdCodec struct {
	mu   sync.Mutex
	free []*zstd.Encoder
}

var pageCodec = &zstdCodec{}

func (c *zstdCodec) String() string                            { return "ZSTD" }
func (c *zstdCodec) CompressionCodec() format.CompressionCodec { return format.Zstd }

func (c *zstdCodec) Encode(dst, src []byte) ([]byte, error) {
	e, err := c.get()
	if err != nil {
		return nil, err
	}
	defer c.put(e)
	return e.EncodeAll(src, dst[:0]), nil
}

// Decode is not used by the writers; reading goes through parquet-go's own codec.
func (c *zstdCodec) Decode(dst, src []byte) ([]byte, error) {
	d, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	defer d.Close()
	return d.DecodeAll(src, dst[:0])
}

func (c *zstdCodec) get() (*zstd.Encoder, error) {
	c.mu.Lock()
	if n := len(c.free); n > 0 {
		e := c.free[n-1]
		c.free = c.free[:n-1]
		c.mu.Unlock()
		return e, nil
	}
	c.mu.Unlock()
	return zstd.NewWriter(nil,
		zstd.WithEncoderConcurrency(1),
		zstd.WithEncoderLevel(zstd.SpeedDefault),
		zstd.WithZeroFrames(true),
		zstd.WithEncoderCRC(false),
		zstd.WithWindowSize(pageWindow),
		zstd.WithLowerEncoderMem(true),
	)
}

func (c *zstdCodec) put(e *zstd.Encoder) {
	c.mu.Lock()
	c.free = append(c.free, e)
	c.mu.Unlock()
}
