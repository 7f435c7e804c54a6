// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Owner of one library handle (pl_engine*, pl_session*, pl_record_set*), released exactly once by
 * its pl_*_free: on {@link #close()}, at the end of try-with-resources, or — when forgotten — by a
 * {@link Cleaner} after the object is collected. Using a closed handle is an
 * {@link IllegalStateException}, never a call with a dangling pointer.
 */
abstract class NativeHandle implements AutoCloseable {
  private static final Cleaner CLEANER = Cleaner.create();

  private static final class Release implements Runnable {
    private final AtomicReference<Pointer> pointer;
    private final Consumer<Pointer> free;

    Release(AtomicReference<Pointer> pointer, Consumer<Pointer> free) {
      this.pointer = pointer;
      this.free = free;
    }

    @Override
    public void run() {
      Pointer p = pointer.getAndSet(null);
      if (p != null) free.accept(p);
    }
  }

  private final AtomicReference<Pointer> pointer;
  private final Cleaner.Cleanable cleanable;
  private final String kind;

  NativeHandle(Pointer p, Consumer<Pointer> free, String kind) {
    this.pointer = new AtomicReference<>(p);
    this.kind = kind;
    this.cleanable = CLEANER.register(this, new Release(pointer, free));
  }

  /** The pointer; IllegalStateException when closed. */
  final Pointer pointer() {
    Pointer p = pointer.get();
    if (p == null) throw new IllegalStateException(kind + " is closed");
    return p;
  }

  /** Releases the handle; calling it again does nothing. No other thread may still be using it. */
  @Override
  public void close() {
    cleanable.clean();
  }
}
