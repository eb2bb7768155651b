package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// The pipeline reads its corpus and writes its shards and its release through Beam's file
// systems (local paths, gs://, s3://, memfs://), so that the workers of a cluster need no
// shared mount: only the bucket.

// join joins a directory path or URL and a file name with one slash.
func join(dir, name string) string { return strings.TrimSuffix(dir, "/") + "/" + name }

// hasScheme reports whether path names a file system other than the local one ("gs://b/x").
func hasScheme(path string) bool { return strings.Contains(path, "://") }

// beamFS is a directory of a Beam file system as an fs.FS: its files, flat (object stores
// have no directories).
type beamFS struct {
	ctx  context.Context
	fsys filesystem.Interface
	root string
}

func newBeamFS(ctx context.Context, root string) (*beamFS, error) {
	fsys, err := filesystem.New(ctx, root)
	if err != nil {
		return nil, err
	}
	return &beamFS{ctx: ctx, fsys: fsys, root: root}, nil
}

func (b *beamFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return &memFile{info: fileInfo{name: ".", dir: true}}, nil
	}
	// Object stores say "not found" each in their own words: listing the name says it in one.
	path := join(b.root, name)
	if found, err := b.fsys.List(b.ctx, path); err != nil || len(found) == 0 {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	r, err := b.fsys.OpenRead(b.ctx, path)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	return &memFile{Reader: bytes.NewReader(data), info: fileInfo{name: name, size: int64(len(data))}}, nil
}

// ReadDir lists the root's files; other names are not directories here.
func (b *beamFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	paths, err := b.fsys.List(b.ctx, join(b.root, "*"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", b.root, err)
	}
	var out []fs.DirEntry
	for _, p := range paths {
		size, err := b.fsys.Size(b.ctx, p)
		if err != nil {
			return nil, err
		}
		out = append(out, fs.FileInfoToDirEntry(fileInfo{name: p[strings.LastIndex(p, "/")+1:], size: size}))
	}
	return out, nil
}

// memFile is a file read whole.
type memFile struct {
	*bytes.Reader
	info fileInfo
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }
func (f *memFile) Read(p []byte) (int, error) {
	if f.Reader == nil {
		return 0, &fs.PathError{Op: "read", Path: f.info.name, Err: errors.New("is a directory")}
	}
	return f.Reader.Read(p)
}

type fileInfo struct {
	name string
	size int64
	dir  bool
}

func (i fileInfo) Name() string { return i.name }
func (i fileInfo) Size() int64  { return i.size }
func (i fileInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}
func (i fileInfo) ModTime() time.Time { return time.Time{} }
func (i fileInfo) IsDir() bool        { return i.dir }
func (i fileInfo) Sys() any           { return nil }

// beamStore keeps the shards in a directory of a Beam file system.
type beamStore struct {
	ctx  context.Context
	fsys filesystem.Interface
	root string
}

func newBeamStore(ctx context.Context, root string) (*beamStore, error) {
	fsys, err := filesystem.New(ctx, root)
	if err != nil {
		return nil, err
	}
	if !hasScheme(root) {
		if err := os.MkdirAll(root, 0o755); err != nil {
			return nil, err
		}
	}
	return &beamStore{ctx: ctx, fsys: fsys, root: root}, nil
}

func (s *beamStore) Put(name string, data []byte) error {
	w, err := s.fsys.OpenWrite(s.ctx, join(s.root, name))
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

func (s *beamStore) Get(name string) ([]byte, error) {
	r, err := s.fsys.OpenRead(s.ctx, join(s.root, name))
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// copyOut copies every file of the local directory dir into out, through Beam's file system.
func copyOut(ctx context.Context, dir, out string) error {
	store, err := newBeamStore(ctx, out)
	if err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		if err := store.Put(e.Name(), b); err != nil {
			return fmt.Errorf("%s: %w", join(out, e.Name()), err)
		}
	}
	return nil
}
