// The entry. When index.html has already drawn the login form (the build's prerendered one, see
// src/features/auth/routes/login-boot.ts), the app's code runs after that form is painted rather
// than before: evaluating React, the router and i18next (~150 ms of main thread on a slow CPU) kept
// the first frame from being drawn. The code itself is fetched meanwhile (index.html preloads it:
// vite.config.ts, preloadFirstLoad), so the wait costs about one frame. Otherwise it starts at once.
import { hasPrerenderedLogin } from '@/features/auth/routes/prerendered-login';

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A task queued from a frame callback runs after that frame is drawn. A hidden tab draws no
    // frames: the timeout starts the app anyway.
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 200);
  });
}

const ready = hasPrerenderedLogin() ? afterNextPaint() : Promise.resolve();
void ready.then(() => import('./start'));
