#!/usr/bin/env node
import '../dist/cli/ingest.js';
