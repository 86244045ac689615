import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyActorRef, SnapshotFrom, Subscription } from 'xstate';

/**
 * Binds an XState actor that the host owns to the host's updates: the host re-renders
 * on every new snapshot while it is connected. The controller never creates, starts or
 * stops the actor, so moving the host in the page (a disconnect and a connect) keeps
 * whatever login is under way.
 */
export class ActorController<TActor extends AnyActorRef> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #current: TActor | undefined;
  #subscription: Subscription | undefined;
  #connected = false;
  readonly #onSnapshot: ((snapshot: SnapshotFrom<TActor>) => void) | undefined;

  constructor(host: ReactiveControllerHost, onSnapshot?: (snapshot: SnapshotFrom<TActor>) => void) {
    this.#host = host;
    this.#onSnapshot = onSnapshot;
    host.addController(this);
  }

  get actor(): TActor | undefined {
    return this.#current;
  }

  /** Follows another actor (or none); the host re-renders with its snapshot. */
  set actor(actor: TActor | undefined) {
    this.#unsubscribe();
    this.#current = actor;
    if (this.#connected) this.#subscribe();
    this.#host.requestUpdate();
  }

  get snapshot(): SnapshotFrom<TActor> | undefined {
    return this.#current?.getSnapshot();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
    // Snapshots that came while disconnected were not rendered.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe();
  }

  #subscribe(): void {
    if (!this.#current || this.#subscription) return;
    this.#subscription = this.#current.subscribe((snapshot: SnapshotFrom<TActor>) => {
      this.#onSnapshot?.(snapshot);
      this.#host.requestUpdate();
    });
  }

  #unsubscribe(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
  }
}
