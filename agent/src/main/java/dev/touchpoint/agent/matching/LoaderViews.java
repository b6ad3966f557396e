package dev.touchpoint.agent.matching;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/** The {@link LoaderView} of each class loader, kept only as long as the loader lives. */
public final class LoaderViews {

  private static final String ANNOTATION = "dev/touchpoint/Touchpoint.class";

  private final Map<ClassLoader, LoaderView> views = Collections.synchronizedMap(new WeakHashMap<>());

  /** The view of {@code loader}, worked out on first sight (reads its experience maps). */
  public LoaderView of(ClassLoader loader) {
    LoaderView view = views.get(loader);
    if (view == null) {
      // Worked out outside the lock: reading resources may load classes in other threads' loaders.
      LoaderView computed = new LoaderView(ExperienceIndexes.visibleFrom(loader), loader.getResource(ANNOTATION) != null);
      view = views.putIfAbsent(loader, computed);
      if (view == null) {
        view = computed;
      }
    }
    return view;
  }
}
