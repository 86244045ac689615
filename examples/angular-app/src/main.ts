import { bootstrapApplication } from '@angular/platform-browser';
// Defines <nordic-login>.
import 'nordic-login';
import { AppComponent } from './app.component';

bootstrapApplication(AppComponent).catch((error: unknown) => console.error(error));
