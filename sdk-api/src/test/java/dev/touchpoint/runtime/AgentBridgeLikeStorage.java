package dev.touchpoint.runtime;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A context storage that behaves like the OpenTelemetry Java agent's bridge of the application's
 * API: it hands out contexts of its own type and attaches only contexts derived from them. Any other
 * {@link Context} implementation is "unexpected", and the root context is attached in its place,
 * which is how a trace split in two under the agent. Installed through the SDK's testing storage
 * provider, so a test can swap it in and out.
 */
final class AgentBridgeLikeStorage implements ContextStorage {

  private final ThreadLocal<Context> current = new ThreadLocal<>();
  private final Context root = new Bridged(ContextStorage.defaultStorage().root());
  private final List<String> unexpected = new CopyOnWriteArrayList<>();

  @Override
  public Scope attach(Context toAttach) {
    Context attached = toAttach;
    if (!(toAttach instanceof Bridged)) {
      unexpected.add("unexpected context: " + toAttach);
      attached = root;
    }
    Context before = current.get();
    current.set(attached);
    return () -> current.set(before);
  }

  @Override
  public Context current() {
    // Never null: like the agent's bridge, the storage answers with its own root when nothing is
    // attached (a storage wrapped by the SDK's testing provider is not asked for its root).
    Context attached = current.get();
    return attached != null ? attached : root;
  }

  @Override
  public Context root() {
    return root;
  }

  /** What the agent's debug log would have said, one line per context it did not know. */
  List<String> unexpectedContexts() {
    return unexpected;
  }

  /** The storage's own contexts: an ordinary context inside, derived only through this type. */
  private record Bridged(Context inside) implements Context {
    @Override
    public <V> V get(ContextKey<V> key) {
      return inside.get(key);
    }

    @Override
    public <V> Context with(ContextKey<V> key, V value) {
      return new Bridged(inside.with(key, value));
    }
  }
}
