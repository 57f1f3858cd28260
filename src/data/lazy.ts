/**
 * A module loaded on first need, once for the page: `get()` starts the import or joins the one
 * under way, and `current` holds the module once it has arrived, for code that must decide
 * synchronously. A failed import (network, CSP) is tried again at the next `get()`.
 */
export class LazyModule<M> {
  current: M | undefined;
  private loading: Promise<M> | undefined;
  private readonly load: () => Promise<M>;

  constructor(load: () => Promise<M>) {
    this.load = load;
  }

  get(): Promise<M> {
    this.loading ??= this.load().then(
      (module) => (this.current = module),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}
