import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App.js';
import { createApiClientWithConnection } from './api/create-api-client.js';
import './styles.css';
import { registerUiFonts } from './ui-fonts.js';

// The CSP forbids eval; without this zod would probe `new Function` and log a CSP violation.
z.config({ jitless: true });
registerUiFonts();

const root = createRoot(document.getElementById('root')!);
void createApiClientWithConnection().then((client) =>
  root.render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  ),
);
