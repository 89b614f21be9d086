import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './participant.css';
import { ParticipantApp } from './ParticipantApp.tsx';

/**
 * The participant's page, served by the participant server to phones in the room. A separate entry
 * from the facilitator's app: it imports nothing of the workshop window, only the participant
 * contract and the dictionaries.
 */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ParticipantApp />
  </StrictMode>,
);
