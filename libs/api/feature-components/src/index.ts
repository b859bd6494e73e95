export * from './component.entity';
export * from './component-adoption.entity';
export * from './component-adoptions.service';
export * from './component-input';
export * from './component-reminders.service';
export * from './components.module';
export * from './components.service';
export * from './publiccode';
