import { pending, type Route } from '../route.js';


/** Every documented path whose graph fields have not landed: 501 with what each one waits for. */
export const pendingRoutes: Route[] = [
  pending('GET', '/api/reputation/ip/{ip_address}', 'Reputation', 'Full IP reputation (IP-API.com, IPinfo.io)', 'the reputation providers (#5)'),
  pending('GET', '/api/reputation/ip/{ip_address}/summary', 'Reputation', 'Simplified reputation summary', 'the reputation providers (#5)'),
];
