import { createRoot } from 'react-dom/client';
import { startUrlSync } from './core/url';
import './styles.css';
import { benchOrder } from './core/graph/load';
import { MainView } from './views/MainView';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
startUrlSync();
createRoot(root).render(<MainView bench={benchOrder(window.location.search)} />);
