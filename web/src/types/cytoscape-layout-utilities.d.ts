declare module 'cytoscape-layout-utilities' {
  import type { Ext } from 'cytoscape';
  const layoutUtilities: Ext;
  export default layoutUtilities;
}
