// While core says the kiosk runs (vault:status), the renderer shows the kiosk and nothing else:
// whatever the address — after a reload, a typed address or "back" — no route of the shell is
// rendered. Leaving the kiosk refreshes the status, and the gate lets the shell in again.
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { KioskPage } from './KioskPage';

export function KioskGate() {
  const navigate = useNavigate();
  // Once, on arrival: the kiosk's own address. Leaving navigates to the round before the gate
  // opens, so this must not run again when the address changes.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    void navigate('/kiosk', { replace: true });
  }, [navigate]);
  return <KioskPage />;
}
