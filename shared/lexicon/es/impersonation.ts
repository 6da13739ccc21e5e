import type { PhraseGroups } from '../types.ts';

/** `impersonation` words in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  /** Staff roles a clinic, shop or studio has: "brand.coordinator", "Brand Concierge", "brand_asesora". */
  staffRole: [
    'coordinadora',
    'coordinador',
    'recepcion',
    'asesor',
    'asesora',
    'consultor',
    'consultora',
    'asistente',
    'paciente',
    'pacientes',
    'citas',
  ],
  /** Support and help. */
  supportDesk: [
    'oficial',
    'equipo',
    'servicio',
    'servicios',
    'reembolso',
    'reembolsos',
    'cliente',
    'clientes',
    'centro',
    'ayuda',
    'asistencia',
    'soporte',
    'atencion',
    'contacto',
  ],
  /** Security and accounts. */
  securityDesk: ['seguridad'],
  /** Promotions and rewards. */
  promotion: ['premio', 'premios', 'promocion', 'sorteo', 'sorteos', 'tienda'],
  /** Orders, subscriptions, delivery and bills: the desks a customer writes to. */
  orderDesk: [
    'suscripcion',
    'suscripciones',
    'pedido',
    'pedidos',
    'envios',
    'entregas',
    'devoluciones',
    'factura',
    'facturas',
    'oficina',
    'gerente',
  ],
  /** Lines, SIMs and devices: a carrier's or an app's service desks. */
  lineDesk: ['linea', 'lineas', 'recuperacion'],
  /**
   * Words that name a service desk or its staff. With one of them, a person's name beside the
   * brand ("Tom · Brand Fraud Team", "anna_brandsupport") presents a member of the brand's staff.
   */
  staffWord: [
    'coordinadora',
    'coordinador',
    'asesor',
    'asesora',
    'consultor',
    'consultora',
    'asistente',
    'servicio',
    'seguridad',
    'equipo',
    'oficial',
    'reembolso',
    'ayuda',
    'soporte',
    'atencion',
    'asistencia',
  ],
  /** Country, region and language words: "VitaLeaf España", "SkyHop Air Brasil" are regional names. */
  region: ['espana', 'espanol', 'italia', 'europa'],
  /** Little words that join the others ("Atención al Cliente", "Service de la"). */
  filler: ['al', 'del', 'la', 'el', 'en', 'y'],
  /** Words by which fan, parody and critic accounts say what they are: such accounts never fire. */
  fanWord: ['parodia', 'satira'],
} satisfies PhraseGroups;
