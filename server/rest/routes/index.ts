import type { Route } from '../route.js';
import { detectionRoutes } from './detections.js';
import { searchRoutes } from './search.js';
import { clusteringRoutes } from './clustering.js';
import { metricsRoutes } from './metrics.js';
import { analysisRoutes } from './analysis.js';
import { rotationRoutes } from './rotation.js';
import { fingerprintRoutes } from './fingerprints.js';
import { featureRoutes } from './features.js';
import { breakdownRoutes } from './breakdowns.js';
import { attributeRoutes } from './attributes.js';
import { trafficRoutes } from './traffic.js';
import { tlsRoutes } from './tls.js';
import { ipAnalysisRoutes } from './analysis-ip.js';
import { decisionRoutes } from './decisions.js';
import { riskRoutes } from './risk.js';
import { incidentRoutes } from './incidents.js';
import { reputationRoutes } from './reputation.js';
import { savedInvestigationRoutes } from './investigations.js';
import { huntRoutes } from './hunt.js';
import { alertRoutes } from './alerts.js';

/** The REST route table: every legacy path. Specific paths before parameterised ones. */
export const routes: Route[] = [
  ...detectionRoutes,
  ...searchRoutes,
  ...clusteringRoutes,
  ...metricsRoutes,
  ...analysisRoutes,
  ...rotationRoutes,
  ...fingerprintRoutes,
  ...featureRoutes,
  ...breakdownRoutes,
  ...attributeRoutes,
  ...trafficRoutes,
  ...tlsRoutes,
  ...ipAnalysisRoutes,
  ...decisionRoutes,
  ...riskRoutes,
  ...incidentRoutes,
  ...reputationRoutes,
  ...savedInvestigationRoutes,
  ...huntRoutes,
  ...alertRoutes,
].sort((a, b) => specificity(b.path) - specificity(a.path));

function specificity(path: string) {
  return path.split('/').filter((s) => s && !s.startsWith('{')).length * 10 - (path.match(/\{/g)?.length ?? 0);
}
