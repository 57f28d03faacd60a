/**
 * The QoS specs page's read, React-free: the entry sends it while the app's code is still loading
 * (src/app/first-data.ts), and the page's own query then takes the answer over.
 */
import { listAllQosSpecs } from '../../../api/qos-specs';

export function readFirstQosSpecsPage(): Promise<unknown> {
  return listAllQosSpecs();
}
