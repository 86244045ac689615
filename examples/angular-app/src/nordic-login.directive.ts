import { Directive, ElementRef, EventEmitter, Input, Output, inject } from '@angular/core';
import type { ConfigOverrides, NordicLogin, NordicLoginEventMap, StartStep } from 'nordic-login';

/**
 * Types <nordic-login> in templates (strictTemplates): its inputs are checked, and
 * `$event` of its events is the widget's event class. The inputs set the element's
 * properties; the outputs never emit themselves: Angular listens to the DOM events of
 * the same names, and these only give `$event` its type.
 */
@Directive({ selector: 'nordic-login', standalone: true })
export class NordicLoginDirective {
  private readonly el = inject<ElementRef<NordicLogin>>(ElementRef).nativeElement;
  @Input() set apiBase(value: string) {
    this.el.apiBase = value;
  }
  @Input() set tenant(value: string | undefined) {
    this.el.tenant = value;
  }
  @Input() set start(value: StartStep | undefined) {
    this.el.start = value;
  }
  @Input() set identifier(value: string | undefined) {
    this.el.identifier = value;
  }
  @Input() set configOverrides(value: ConfigOverrides | undefined) {
    this.el.configOverrides = value;
  }
  @Output('nl-signed-in') readonly signedIn = new EventEmitter<NordicLoginEventMap['nl-signed-in']>();
  @Output('nl-signed-out') readonly signedOut = new EventEmitter<NordicLoginEventMap['nl-signed-out']>();
  @Output('nl-error') readonly error = new EventEmitter<NordicLoginEventMap['nl-error']>();
}
