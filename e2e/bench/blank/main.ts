import { mount } from 'svelte';
import Blank from './Blank.svelte';

const target = document.getElementById('app');
if (target) mount(Blank, { target });
