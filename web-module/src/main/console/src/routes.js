// Every page of the console: its path, the least role that may open it (the same role the API
// asks for the page's main list), and its label in the navigation. Pages register here only.
import { Home } from './pages/Home.jsx';
import { OrdersList } from './pages/orders/OrdersList.jsx';
import { OrderDetail } from './pages/orders/OrderDetail.jsx';
import { ExceptionsList } from './pages/exceptions/ExceptionsList.jsx';
import { EventsList } from './pages/events/EventsList.jsx';
import { Inventory } from './pages/inventory/Inventory.jsx';
import { Movements } from './pages/inventory/Movements.jsx';
import { Products } from './pages/catalog/Products.jsx';
import { ProductEditor } from './pages/catalog/ProductEditor.jsx';
import { VariantEditor } from './pages/catalog/VariantEditor.jsx';
import { Locations } from './pages/locations/Locations.jsx';
import { Imports } from './pages/imports/Imports.jsx';
import { Staff } from './pages/staff/Staff.jsx';
import { AuditLog } from './pages/audit/AuditLog.jsx';
import { ShopeeConnector } from './pages/connector/ShopeeConnector.jsx';
import { SkuMappings } from './pages/connector/SkuMappings.jsx';

export const ROUTES = [
  { path: '/', page: Home, role: 'viewer', nav: 'Home' },
  { path: '/orders', page: OrdersList, role: 'viewer', nav: 'Orders' },
  { path: '/orders/:id', page: OrderDetail, role: 'viewer' },
  { path: '/exceptions', page: ExceptionsList, role: 'viewer', nav: 'Exceptions' },
  { path: '/events', page: EventsList, role: 'viewer', nav: 'Shopee events' },
  { path: '/inventory', page: Inventory, role: 'viewer', nav: 'Inventory' },
  { path: '/inventory/movements', page: Movements, role: 'viewer' },
  { path: '/catalog', page: Products, role: 'viewer', nav: 'Catalog' },
  { path: '/catalog/products/:id', page: ProductEditor, role: 'viewer' },
  { path: '/catalog/variants/:id', page: VariantEditor, role: 'viewer' },
  { path: '/locations', page: Locations, role: 'viewer', nav: 'Locations' },
  { path: '/imports', page: Imports, role: 'viewer', nav: 'Imports' },
  { path: '/staff', page: Staff, role: 'admin', nav: 'Staff' },
  { path: '/audit', page: AuditLog, role: 'admin', nav: 'Audit log' },
  { path: '/connectors/shopee', page: ShopeeConnector, role: 'viewer', nav: 'Shopee' },
  { path: '/connectors/shopee/sku-mappings', page: SkuMappings, role: 'viewer' },
];
